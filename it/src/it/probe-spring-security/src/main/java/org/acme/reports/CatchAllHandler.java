package org.acme.reports;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Misconfiguration "exception-handler": a catch-all handler that also catches the AccessDeniedException
 * of @PreAuthorize, so that a user without the role gets 500 instead of 403.
 */
@RestControllerAdvice
@ConditionalOnProperty(name = "misconfiguration", havingValue = "exception-handler")
class CatchAllHandler {
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> any(Exception e) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("{\"title\":\"Something went wrong\"}");
    }
}
