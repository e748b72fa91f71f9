package dev.openapiauth.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that also keeps every info, warning and error line, tagged like Maven prints them. */
final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
        lines.add("[INFO] " + content);
        super.info(content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[WARNING] " + content);
        super.warn(content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[ERROR] " + content);
        super.error(content);
    }
}
