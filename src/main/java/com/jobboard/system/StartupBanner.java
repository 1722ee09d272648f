package com.jobboard.system;

import com.jobboard.web.SiteUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started the application where to open it: the site's address, and
 * whether it was configured ({@code JOBBOARD_BASE_URL}) or is the local default, which is
 * what every absolute link will name.
 */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final SiteUrls siteUrls;

	StartupBanner(SiteUrls siteUrls) {
		this.siteUrls = siteUrls;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			if (this.siteUrls.configured()) {
				log.info("Job board is up on port {}; its address is {}/ (configured by JOBBOARD_BASE_URL)",
						web.getWebServer().getPort(), this.siteUrls.baseUrl());
			}
			else {
				log.info("Job board is up at {}/ (the local default: set JOBBOARD_BASE_URL to the public address)",
						this.siteUrls.baseUrl());
			}
		}
	}

}
