package org.mentormatch.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.mentormatch.api.StorableText;
import org.mentormatch.api.ViolationPaths;

/**
 * Turns the rows of a sheet into profile requests, each checked exactly as the API checks one request body: the
 * row becomes the JSON the API would receive, which the service's own ObjectMapper reads into the request record
 * (the strict reading of every body) and the service's Validator checks (the request's Bean Validation). Cells
 * are only typed here, so that every wrong cell of every row is reported, not the first of each row.
 */
@ApplicationScoped
class SheetRows {

    static final String EMAIL = "email";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bean Validation names list entries {@code languages[1]}; the sheet has one column for the list. */
    private static final Pattern INDEX = Pattern.compile("\\[[^]]*]");

    private final ObjectMapper mapper;
    private final Validator validator;

    SheetRows(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** A row's request, or the errors that keep it from being one, and its e-mail cell as read. */
    record Read<Q>(Sheet.Row row, String email, Q request, List<RowError> errors) {
    }

    <Q> List<Read<Q>> read(Sheet sheet, Class<Q> requestType, List<Column> columns) {
        Column[] byPosition = header(sheet.header(), columns);
        return sheet.rows().stream().map(row -> read(row, byPosition, sheet.listSeparator(), requestType)).toList();
    }

    /** The column each header cell names; an unknown or repeated header, or a required column missing, refuses the sheet. */
    private static Column[] header(Sheet.Row header, List<Column> columns) {
        List<RowError> errors = new ArrayList<>();
        Column[] byPosition = new Column[header.cells().size()];
        Map<Column, Integer> seen = new HashMap<>();
        for (int i = 0; i < byPosition.length; i++) {
            String name = header.cell(i);
            if (name.isEmpty()) {
                continue;
            }
            var column = ProfileColumns.named(columns, name);
            if (column.isEmpty()) {
                errors.add(new RowError(header.number(), name, name, "is not a column of this sheet; the columns are "
                        + String.join(", ", columns.stream().map(Column::name).toList())));
            } else if (seen.putIfAbsent(column.get(), i) != null) {
                errors.add(new RowError(header.number(), column.get().name(), name, "appears twice in the header"));
            } else {
                byPosition[i] = column.get();
            }
        }
        columns.stream().filter(Column::required).filter(column -> !seen.containsKey(column))
                .forEach(column -> errors.add(new RowError(header.number(), column.name(), "", "is a required column and missing")));
        if (!errors.isEmpty()) {
            throw SheetRefused.invalid(errors);
        }
        return byPosition;
    }

    private <Q> Read<Q> read(Sheet.Row row, Column[] byPosition, char separator, Class<Q> requestType) {
        List<RowError> errors = new ArrayList<>();
        Map<String, String> cells = new HashMap<>();
        ObjectNode json = NODES.objectNode();
        for (int i = 0; i < byPosition.length; i++) {
            Column column = byPosition[i];
            String cell = row.cell(i);
            if (column == null || cell.isEmpty()) {
                continue; // an empty cell is an absent field
            }
            cells.put(column.name(), cell);
            String problem = put(json, column, cell, separator);
            if (problem != null) {
                errors.add(new RowError(row.number(), column.name(), cell, problem));
            }
        }
        if (!errors.isEmpty()) {
            return new Read<>(row, cells.get(EMAIL), null, errors);
        }
        Q request;
        try {
            request = mapper.treeToValue(json, requestType);
        } catch (JsonMappingException e) {
            String column = INDEX.matcher(ViolationPaths.ofJson(e.getPath())).replaceAll("");
            return new Read<>(row, cells.get(EMAIL), null, List.of(new RowError(row.number(), column, cells.get(column), e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree is always readable", e);
        }
        for (ConstraintViolation<Q> violation : validator.validate(request)) {
            String column = INDEX.matcher(ViolationPaths.of(violation.getPropertyPath())).replaceAll("");
            errors.add(new RowError(row.number(), column, cells.getOrDefault(column, ""), violation.getMessage()));
        }
        return new Read<>(row, cells.get(EMAIL), errors.isEmpty() ? request : null, errors);
    }

    /** Puts the cell into the JSON body as the type its field has; returns what is wrong with it, or null. */
    private static String put(ObjectNode json, Column column, String cell, char separator) {
        String[] path = column.name().split("\\.");
        ObjectNode parent = json;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
        }
        String field = path[path.length - 1];
        if (!StorableText.Validator.isStorable(cell)) {
            return StorableText.MESSAGE;
        }
        switch (column.type()) {
            case TEXT -> parent.put(field, cell);
            case LIST -> {
                ArrayNode list = parent.putArray(field);
                Arrays.stream(cell.split(Pattern.quote(String.valueOf(separator))))
                        .map(String::strip).filter(entry -> !entry.isEmpty()).forEach(list::add);
            }
            case WHOLE_NUMBER -> {
                Integer number = wholeNumber(cell);
                if (number == null) {
                    return "must be a whole number";
                }
                parent.put(field, number);
            }
            case TRUE_FALSE -> {
                String value = cell.toLowerCase(Locale.ROOT);
                if (!value.equals("true") && !value.equals("false")) {
                    return "must be true or false";
                }
                parent.put(field, Boolean.parseBoolean(value));
            }
            case OBJECT -> {
                try {
                    JsonNode object = JSON.readTree(cell);
                    if (object == null || !object.isObject()) {
                        return "must be a JSON object";
                    }
                    parent.set(field, object);
                } catch (JsonProcessingException e) {
                    return "must be a JSON object";
                }
            }
            case CHOICE -> {
                if (!column.allowed().contains(cell) || !cell.matches("[A-Z_]+")) {
                    return "must be " + column.allowed();
                }
                parent.put(field, cell);
            }
        }
        return null;
    }

    private static Integer wholeNumber(String cell) {
        try {
            return new BigDecimal(cell).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
