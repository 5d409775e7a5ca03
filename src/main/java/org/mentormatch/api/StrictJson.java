package org.mentormatch.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Bodies are read strictly, beyond what {@code quarkus.jackson.*} can say: every string must be
 * {@link StorableText}, checked here once for all the text fields of all the bodies (merge patches included)
 * before anything reaches the database, and a whole-number field takes no fraction. A refusal is a 400 problem
 * naming the field (quarkus-resteasy-problem's answer to an InvalidFormatException).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new StorableStrings()));
        // Jackson would store 2.7 as 2 in a whole-number field (a mentor's capacity); the contract says integer.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    static final class StorableStrings extends StdScalarDeserializer<String> {

        StorableStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !StorableText.Validator.isStorable(text)) {
                throw InvalidFormatException.from(parser, StorableText.MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
