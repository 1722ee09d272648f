-- wrk script for bench/profile-page.sh.
--
-- Every thread hands out one request formatted once (wrk.format in init), counts the requests it
-- SENDS (calls of request()) and the responses it reads, by status. done() sums the threads and
-- prints one machine-readable line:
--
--   RESULT requests=<completed> sent=<sent> ok2xx=.. non2xx=.. rps=.. p50_ms=.. p90_ms=.. p99_ms=..
--          max_ms=.. errors=<socket errors> connect=.. read=.. write=.. timeout=.. duration_s=..
--
-- requests is what wrk reports (responses read completely); sent is at least that, plus the
-- requests still in flight when wrk stopped (at most one per connection).

-- Kept by setup() in the main Lua state, for done() (which runs there too) to read each thread.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

function init(args)
   req = wrk.format()
   sent = 0
   ok2xx = 0
   non2xx = 0
   -- wrk 4.x calls request() once on its first thread before that thread starts, only to check
   -- that the script yields a valid HTTP request (script_verify_request in wrk.c); nothing is sent.
   -- That call must not count. setup() runs before init(), so id is known here.
   unsent_calls = (id == 1) and 1 or 0
end

function request()
   if unsent_calls > 0 then
      unsent_calls = unsent_calls - 1
   else
      sent = sent + 1
   end
   return req
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      ok2xx = ok2xx + 1
   else
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local total_sent, total_ok, total_non2xx = 0, 0, 0
   for _, thread in ipairs(threads) do
      total_sent = total_sent + thread:get("sent")
      total_ok = total_ok + thread:get("ok2xx")
      total_non2xx = total_non2xx + thread:get("non2xx")
   end
   local seconds = summary.duration / 1e6
   local e = summary.errors
   local socket_errors = e.connect + e.read + e.write + e.timeout
   io.write(string.format(
      "RESULT requests=%d sent=%d ok2xx=%d non2xx=%d rps=%.2f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f"
         .. " errors=%d connect=%d read=%d write=%d timeout=%d duration_s=%.3f\n",
      summary.requests, total_sent, total_ok, total_non2xx, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, socket_errors, e.connect, e.read, e.write, e.timeout, seconds))
end
