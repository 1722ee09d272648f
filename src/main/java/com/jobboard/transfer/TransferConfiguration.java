package com.jobboard.transfer;

import com.jobboard.security.CurrentUser;
import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class TransferConfiguration {

	/**
	 * The import's upload, with its own limits: a file and a zip of its uploads folder,
	 * each up to the limit.
	 */
	@Bean
	ServletRegistrationBean<ImportUploadServlet> importUploadServlet(ImportUploads uploads, ImportRuns runs,
			CurrentUser currentUser, @Value("${jobboard.import.max-upload-size:256MB}") DataSize maxUpload) {
		ServletRegistrationBean<ImportUploadServlet> registration = new ServletRegistrationBean<>(
				new ImportUploadServlet(uploads, runs, currentUser), ImportUploadServlet.PATH);
		registration.setName("importUpload");
		long max = maxUpload.toBytes();
		registration.setMultipartConfig(new MultipartConfigElement("", max, 2 * max + 1024 * 1024, 1024 * 1024));
		registration.setLoadOnStartup(1);
		return registration;
	}

}
