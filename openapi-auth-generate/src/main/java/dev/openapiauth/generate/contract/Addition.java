package dev.openapiauth.generate.contract;

import dev.openapiauth.core.source.JsonPointer;
import dev.openapiauth.core.source.SourceFile;

/**
 * One member the contract adds.
 *
 * @param source the document it is added to
 * @param file   that document relative to the description's root, as written to an output folder
 * @param parent the JSON pointer of the object that gains the member
 * @param key    the member's name
 * @param cause  why it is added
 */
public record Addition(SourceFile source, String file, String parent, String key, Cause cause) {

    public String pointer() {
        return JsonPointer.append(parent, key);
    }
}
