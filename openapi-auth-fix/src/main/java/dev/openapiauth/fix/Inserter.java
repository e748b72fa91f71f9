package dev.openapiauth.fix;

import dev.openapiauth.core.source.Place;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import java.util.List;

/** Writes new members into an object of a document's text, in that document's format and style. */
interface Inserter {

    /**
     * @param parent    the object (or, in YAML, the empty value that becomes one)
     * @param before    the existing key the members go before, or null for after the last
     * @param members   the members, in the order they are written
     */
    TextEdit insert(Place parent, String before, List<NewMember> members) throws UneditableDescriptionException;

}
