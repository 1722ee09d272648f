-- Publishes :jobs new jobs for bench/alerts.sh in one transaction, as JobEditor does (status OPEN, posted
-- now): the trigger queues each for matching. Titles and descriptions are drawn from the words the seeded
-- alerts search for (titles: two job words; descriptions: 120 words of common job-ad text), so that an
-- alert for one job word matches a few dozen of the 1,000 jobs.
\set ON_ERROR_STOP on
create temporary table bench_job_words (n int primary key, word text not null);
insert into bench_job_words
select row_number() over (), w from unnest(string_to_array(
    'engineer developer nurse designer analyst welder driver teacher accountant cook baker electrician plumber '
    || 'carpenter mechanic manager consultant architect scientist researcher technician assistant administrator '
    || 'marketing sales support data software backend frontend devops cloud security network database python java '
    || 'kotlin react product project finance legal logistics warehouse retail barista waiter chef cleaner gardener '
    || 'team office growing company we offer flexible hours training pension bike leasing friendly colleagues '
    || 'responsibilities requirements experience years degree german english language skills communication '
    || 'customers quality projects develop maintain improve processes tools modern stack agile scrum kanban',
    ' ')) as w;

insert into jobs (company_id, title, slug, employment_type, location, remote, description_markdown,
    description_html, apply_url, status, posted_at, salary_min, salary_max, salary_currency, salary_period)
select c.id,
    initcap((select word from bench_job_words where n = 1 + (hashint4(i * 31) & 2147483647) % 51)) || ' '
        || initcap((select word from bench_job_words where n = 1 + (hashint4(i * 17 + 5) & 2147483647) % 51)),
    'bench-job-' || i,
    case when i % 3 = 0 then 'PART_TIME' else 'FULL_TIME' end,
    (array['Berlin', 'Hamburg', 'Munich', 'Zurich', 'Vienna', 'London', 'Cologne', 'Leipzig'])[1 + i % 8],
    i % 5 = 0,
    d.text, '<p>' || d.text || '</p>', 'https://jobs.example.com/apply/' || i, 'OPEN', now(),
    40000 + (i % 20) * 1000, 60000 + (i % 20) * 1000, 'EUR', 'YEAR'
from generate_series(1, :jobs) as i
cross join lateral (select id from companies where status = 'ACTIVE'
    order by id offset (hashint4(i) & 2147483647) % greatest((select count(*) from companies where status = 'ACTIVE'), 1) limit 1) c
cross join lateral (select string_agg(word, ' ') as text from (
    select (select word from bench_job_words where n = 52 + (hashint4(i * 1000 + k) & 2147483647) % 37) as word
    from generate_series(1, 120) as k) words) d;
