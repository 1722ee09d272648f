package com.jobboard.company;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The fast lane's one cache: one entry per public company's slug, holding its
 * {@link CompanyProfile} and its page rendered in each language asked for.
 *
 * <p>
 * While {@link ProfileChangeListener} is listening, PostgreSQL tells every instance of
 * every change of a profile, and an entry is used without asking the database at all,
 * until a notification drops it or until the next of its jobs expires (a change that
 * nobody writes). While the listener is not listening (starting, reconnecting, the
 * database away), nothing can be trusted without asking: every view checks the profile's
 * {@link ProfileFingerprint}, as before pushed invalidation, so no change is ever missed.
 *
 * <p>
 * A page loaded while a change was on its way must not outlive the change's notification:
 * each entry remembers the {@link Stamp} taken before its data was read, and an entry is
 * fresh only if no notification for its company has arrived since, within the same
 * listening session.
 */
@Component
class ProfileCache {

	private final Cache<String, Entry> entries;

	/**
	 * Counts notifications (and listening sessions): a stamp is a point in this sequence.
	 */
	private final AtomicLong sequence = new AtomicLong();

	/** The sequence number of the latest notification for each company that had one. */
	private final Map<Long, Long> lastChangeOf = new ConcurrentHashMap<>();

	/**
	 * The sequence number at which the current listening session began, or
	 * {@link #NOT_LISTENING}.
	 */
	private volatile long listeningSince = NOT_LISTENING;

	private static final long NOT_LISTENING = -1;

	ProfileCache(ProfileCacheProperties properties) {
		this.entries = Caffeine.newBuilder()
			.maximumWeight(properties.maximumMemory().toBytes())
			.weigher((String slug, Entry entry) -> entry.weight())
			.expireAfterAccess(properties.expireAfterAccess())
			.build();
	}

	/** Taken before reading what goes into an entry. */
	Stamp stamp() {
		long since = this.listeningSince;
		return new Stamp(since, this.sequence.get());
	}

	/**
	 * The entry for a slug when it is known to show the profile as it is now, without
	 * asking the database.
	 * @return the entry, or null when there is none or it has to be checked
	 */
	Entry fresh(String slug, Instant now) {
		Entry entry = this.entries.getIfPresent(slug);
		if (entry == null || !now.isBefore(entry.staleAt())) {
			return null;
		}
		Stamp stamp = entry.stamp();
		long since = this.listeningSince;
		if (since == NOT_LISTENING || stamp.listeningSince() != since) {
			return null;
		}
		Long lastChange = this.lastChangeOf.get(entry.profile().id());
		return (lastChange == null || lastChange <= stamp.sequence()) ? entry : null;
	}

	/** The entry for a slug as it is, fresh or not (for the fingerprint check). */
	Entry get(String slug) {
		return this.entries.getIfPresent(slug);
	}

	Entry put(CompanyProfile profile, Stamp stamp, Instant now) {
		Entry entry = new Entry(profile, stamp, nextChangeAfter(profile, now), new ConcurrentHashMap<>());
		this.entries.put(profile.slug(), entry);
		return entry;
	}

	/** Weighs the entry again, after a page was added to it. */
	void reweigh(Entry entry) {
		this.entries.asMap().replace(entry.profile().slug(), entry, entry);
	}

	void remove(String slug) {
		this.entries.invalidate(slug);
	}

	/** Whether views are served without asking the database now. */
	boolean isListening() {
		return this.listeningSince != NOT_LISTENING;
	}

	/**
	 * The listener listens (again): what changed while it did not is unknown, so
	 * everything is dropped, and entries loaded before now never count as fresh.
	 */
	void startedListening() {
		this.entries.invalidateAll();
		this.lastChangeOf.clear();
		this.listeningSince = this.sequence.incrementAndGet();
	}

	/** The listener lost its connection: from now on every view checks the database. */
	void stoppedListening() {
		this.listeningSince = NOT_LISTENING;
	}

	/**
	 * A notification: something the company's profile shows has changed, on some
	 * instance.
	 */
	void companyChanged(long companyId) {
		this.lastChangeOf.put(companyId, this.sequence.incrementAndGet());
		this.entries.asMap().values().removeIf((entry) -> entry.profile().id() == companyId);
	}

	/**
	 * When the next published job of the profile expires after now, from which on the
	 * page is out of date.
	 */
	private static Instant nextChangeAfter(CompanyProfile profile, Instant now) {
		Instant next = Instant.MAX;
		for (PublishedJob job : profile.publishedJobs()) {
			if (job.expiresAt() != null && job.expiresAt().isAfter(now) && job.expiresAt().isBefore(next)) {
				next = job.expiresAt();
			}
		}
		return next;
	}

	/**
	 * When an entry's data was read: in which listening session ({@code listeningSince},
	 * or -1 when none) and after which notification.
	 */
	record Stamp(long listeningSince, long sequence) {
	}

	/**
	 * A company's profile and its rendered pages.
	 *
	 * @param staleAt when the next of its jobs expires: from then on the entry no longer
	 * shows the profile
	 * @param pages the page per language and site address ({@link RenderedProfiles} fills
	 * it)
	 */
	record Entry(CompanyProfile profile, Stamp stamp, Instant staleAt, Map<String, RenderedPage> pages) {

		/**
		 * Roughly the bytes it holds: the description (twice, as Java strings are), the
		 * jobs, the pages.
		 */
		int weight() {
			long bytes = 2_048 + 2L * this.profile.descriptionHtml().length()
					+ 512L * this.profile.publishedJobs().size();
			for (RenderedPage page : this.pages.values()) {
				bytes += page.size();
			}
			return (int) Math.min(bytes, Integer.MAX_VALUE);
		}

	}

}
