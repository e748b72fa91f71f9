package dev.openapiauth.core.load;

/** Something the loader refused or could not read, located where the user must look (usually the {@code $ref}). */
public record LoadProblem(String file, int line, int column, String pointer, String message) {

    /** {@code file:line:column: message}, the one-line form editors and CI logs link. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
