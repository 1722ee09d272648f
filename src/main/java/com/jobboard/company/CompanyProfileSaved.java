package com.jobboard.company;

/**
 * Someone saved a change to a company's profile (published in the saving transaction).
 */
public record CompanyProfileSaved(long companyId, long authorId, String authorEmail) {
}
