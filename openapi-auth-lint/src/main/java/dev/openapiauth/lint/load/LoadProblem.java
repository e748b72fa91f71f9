package dev.openapiauth.lint.load;

/** Something the loader refused or could not read, located where the user must look (usually the {@code $ref}). */
public record LoadProblem(String file, int line, int column, String pointer, String message) {
}
