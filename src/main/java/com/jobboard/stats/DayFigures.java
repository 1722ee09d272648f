package com.jobboard.stats;

import java.time.LocalDate;

/** A page's views on one day, and how many different people made them. */
record DayFigures(LocalDate day, long views, long uniqueVisitors) {

}
