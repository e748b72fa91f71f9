package dev.openapiauth.fix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.openapiauth.generate.contract.Cause;

/** A member to write into an existing object: its key, its whole value, and why it is added. */
record NewMember(String key, JsonNode value, Cause cause) {
}
