package org.dialtone.inventory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dialtone.api.inventory.PublicSubnet;
import org.dialtone.api.inventory.Subnet;

/**
 * Reads the {@code subnets} cell of a site CSV: {@code {"public-subnet-list":[{"ip-address":…,"mask-length":…,
 * "private-subnet-list":[…]}]}}. Valid JSON is read as such. The guide's own example puts a
 * {@code "private-subnet-list"} between two public subnets instead of inside the first one and drops the
 * closing brace; both are read the only way they can be meant. Anything else is refused with what is wrong.
 */
final class SubnetJson {
    static final class SyntaxException extends Exception {
        SyntaxException(String message) {
            super(message);
        }
    }

    private final List<String> tokens;
    private int next;

    private SubnetJson(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The guide's format, as a site CSV carries it; addresses are checked literals, so nothing needs escaping. */
    static String write(List<PublicSubnet> subnets) {
        StringBuilder json = new StringBuilder("{\"public-subnet-list\":[");
        for (int i = 0; i < subnets.size(); i++) {
            PublicSubnet pub = subnets.get(i);
            json.append(i == 0 ? "" : ",").append("{\"ip-address\":\"").append(pub.ipAddress()).append("\",\"mask-length\":\"")
                    .append(pub.maskLength()).append('"');
            if (!pub.privateSubnets().isEmpty()) {
                json.append(",\"private-subnet-list\":[");
                for (int j = 0; j < pub.privateSubnets().size(); j++) {
                    Subnet priv = pub.privateSubnets().get(j);
                    json.append(j == 0 ? "" : ",").append("{\"ip-address\":\"").append(priv.ipAddress()).append("\",\"mask-length\":\"")
                            .append(priv.maskLength()).append("\"}");
                }
                json.append(']');
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    static List<PublicSubnet> parse(String json) throws SyntaxException {
        SubnetJson parser = new SubnetJson(tokenize(json));
        return parser.root();
    }

    private List<PublicSubnet> root() throws SyntaxException {
        List<PublicSubnet> subnets;
        if ("[".equals(peek())) {
            subnets = publicList();
        } else {
            expect("{");
            String key = key();
            if (!"public-subnet-list".equals(key)) {
                throw new SyntaxException("expected \"public-subnet-list\" but found \"" + key + "\"");
            }
            expect(":");
            subnets = publicList();
            closeAtEnd("}");
        }
        if (next < tokens.size()) {
            throw new SyntaxException("unexpected " + describe(peek()) + " after the subnet list");
        }
        return subnets;
    }

    private List<PublicSubnet> publicList() throws SyntaxException {
        expect("[");
        List<PublicSubnet> subnets = new ArrayList<>();
        if (accept("]")) {
            return subnets;
        }
        do {
            if ("{".equals(peek())) {
                subnets.add(publicSubnet());
            } else if (isString(peek()) && "private-subnet-list".equals(unquote(peek()).toLowerCase(Locale.ROOT))) {
                next++;
                expect(":");
                List<Subnet> privates = privateList();
                if (subnets.isEmpty() || !subnets.get(subnets.size() - 1).privateSubnets().isEmpty()) {
                    throw new SyntaxException("a \"private-subnet-list\" stands where no public subnet without one precedes it;"
                            + " put it inside its public subnet's braces");
                }
                PublicSubnet owner = subnets.remove(subnets.size() - 1);
                subnets.add(new PublicSubnet(owner.ipAddress(), owner.maskLength(), privates));
            } else {
                throw new SyntaxException("expected a public subnet {\"ip-address\":…,\"mask-length\":…} but found " + describe(peek()));
            }
        } while (accept(","));
        closeAtEnd("]");
        return subnets;
    }

    private PublicSubnet publicSubnet() throws SyntaxException {
        expect("{");
        String address = null;
        Integer mask = null;
        List<Subnet> privates = List.of();
        if (!accept("}")) {
            do {
                String key = key();
                expect(":");
                switch (key) {
                    case "ip-address" -> address = scalar(key);
                    case "mask-length" -> mask = maskLength(scalar(key));
                    case "private-subnet-list" -> privates = privateList();
                    default -> throw new SyntaxException("unknown key \"" + key + "\"; a public subnet has ip-address, mask-length and private-subnet-list");
                }
            } while (accept(","));
            expect("}");
        }
        return new PublicSubnet(required(address, "ip-address"), required(mask, "mask-length"), privates);
    }

    private List<Subnet> privateList() throws SyntaxException {
        expect("[");
        List<Subnet> subnets = new ArrayList<>();
        if (accept("]")) {
            return subnets;
        }
        do {
            expect("{");
            String address = null;
            Integer mask = null;
            do {
                String key = key();
                expect(":");
                switch (key) {
                    case "ip-address" -> address = scalar(key);
                    case "mask-length" -> mask = maskLength(scalar(key));
                    default -> throw new SyntaxException("unknown key \"" + key + "\"; a private subnet has ip-address and mask-length");
                }
            } while (accept(","));
            expect("}");
            subnets.add(new Subnet(required(address, "ip-address"), required(mask, "mask-length")));
        } while (accept(","));
        expect("]");
        return subnets;
    }

    private static <T> T required(T value, String key) throws SyntaxException {
        if (value == null) {
            throw new SyntaxException("a subnet has no \"" + key + "\"");
        }
        return value;
    }

    private static int maskLength(String text) throws SyntaxException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new SyntaxException("mask-length \"" + text + "\" is not a number");
        }
    }

    private String key() throws SyntaxException {
        String token = peek();
        if (!isString(token)) {
            throw new SyntaxException("expected a quoted key but found " + describe(token));
        }
        next++;
        return unquote(token).strip().toLowerCase(Locale.ROOT);
    }

    private String scalar(String key) throws SyntaxException {
        String token = peek();
        if (token == null || token.length() == 1 && "{}[]:,".contains(token)) {
            throw new SyntaxException("expected a value for \"" + key + "\" but found " + describe(token));
        }
        next++;
        return isString(token) ? unquote(token) : token;
    }

    /** The closing token, or nothing at all when the input ends here: the guide's example drops its last brace. */
    private void closeAtEnd(String close) throws SyntaxException {
        if (next >= tokens.size()) {
            return;
        }
        expect(close);
    }

    private void expect(String token) throws SyntaxException {
        if (!token.equals(peek())) {
            throw new SyntaxException("expected '" + token + "' but found " + describe(peek()));
        }
        next++;
    }

    private boolean accept(String token) {
        if (token.equals(peek())) {
            next++;
            return true;
        }
        return false;
    }

    private String peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private static boolean isString(String token) {
        return token != null && token.startsWith("\"");
    }

    private static String unquote(String token) {
        return token.substring(1, token.length() - 1);
    }

    private static String describe(String token) {
        return token == null ? "the end of the text" : "'" + token + "'";
    }

    private static List<String> tokenize(String json) throws SyntaxException {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ("{}[]:,".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '"') {
                int end = json.indexOf('"', i + 1);
                if (end < 0) {
                    throw new SyntaxException("a quote opened at character " + (i + 1) + " is never closed");
                }
                String content = json.substring(i + 1, end);
                if (content.indexOf('\\') >= 0) {
                    throw new SyntaxException("backslashes are not expected in subnet values");
                }
                tokens.add("\"" + content + "\"");
                i = end + 1;
            } else {
                int start = i;
                while (i < json.length() && !Character.isWhitespace(json.charAt(i)) && "{}[]:,\"".indexOf(json.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(json.substring(start, i));
            }
        }
        if (tokens.isEmpty()) {
            throw new SyntaxException("is empty");
        }
        return tokens;
    }
}
