package com.jobboard.job;

import java.beans.PropertyEditorSupport;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.bind.WebDataBinder;

/**
 * Binds a {@link JobSearch} from request parameters forgivingly, for pages people reach
 * from links and bookmarks: a value that names no employment type, sort or yes/no
 * ({@code type=fulltime}, {@code sort=best}, {@code remote=maybe}) leaves that filter off
 * instead of failing the request. Names are matched in any case ({@code type=full_time}).
 */
public final class JobSearchBinding {

	private static final Set<String> YES = Set.of("true", "on", "yes", "1");

	private static final Set<String> NO = Set.of("false", "off", "no", "0");

	private JobSearchBinding() {
	}

	/** Use in an {@code @InitBinder("jobSearch")} method. */
	public static void forgiveUnknownValues(WebDataBinder binder) {
		binder.registerCustomEditor(EmploymentType.class, new EnumEditor<>(EmploymentType.class));
		binder.registerCustomEditor(JobSort.class, new EnumEditor<>(JobSort.class));
		binder.registerCustomEditor(Boolean.class, new YesNoEditor());
	}

	/**
	 * Whether a request parameter names a sort order (so that it was chosen, not
	 * defaulted).
	 */
	static boolean isSort(String value) {
		return value != null && EnumEditor.parse(JobSort.class, value) != null;
	}

	private static final class EnumEditor<E extends Enum<E>> extends PropertyEditorSupport {

		private final Class<E> type;

		EnumEditor(Class<E> type) {
			this.type = type;
		}

		@Override
		public void setAsText(String text) {
			setValue(parse(this.type, text));
		}

		static <E extends Enum<E>> E parse(Class<E> type, String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String name = text.strip().toUpperCase(Locale.ROOT);
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(name)) {
					return constant;
				}
			}
			return null;
		}

	}

	private static final class YesNoEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			String value = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
			setValue(YES.contains(value) ? Boolean.TRUE : NO.contains(value) ? Boolean.FALSE : null);
		}

	}

}
