package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Every description written in the CLI's annotations is a valid format string: picocli renders them
 * with {@code String.format}, so a bare percent sign ("95% intervals", "10 % of") prints a
 * "[picocli WARN] Could not format" line and the raw text instead of the help.
 */
class HelpTextTest {

    @Test
    void everyDescriptionIsAValidFormatString() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        collect(Cli.create(), classes);
        assertThat(classes).hasSizeGreaterThan(10);
        List<String> lines = new ArrayList<>();
        for (Class<?> c : classes) {
            descriptions(c, lines, new LinkedHashSet<>());
        }
        assertThat(lines).hasSizeGreaterThan(100);
        List<String> broken = new ArrayList<>();
        for (String line : lines) {
            try {
                String.format(Locale.ROOT, line.replaceAll("\\$\\{[^}]*}", "x"));
            } catch (IllegalFormatException e) {
                broken.add(line + " (" + e.getMessage() + ")");
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theCheckCatchesABarePercentSign() {
        assertThat(validFormat("with 95% intervals")).isFalse();
        assertThat(validFormat("early stopping on 10 % of the lists")).isFalse();
        assertThat(validFormat("with 95%% intervals; default ${DEFAULT-VALUE}")).isTrue();
    }

    private static boolean validFormat(String line) {
        try {
            String.format(Locale.ROOT, line.replaceAll("\\$\\{[^}]*}", "x"));
            return true;
        } catch (IllegalFormatException e) {
            return false;
        }
    }

    private static void collect(CommandLine c, Set<Class<?>> out) {
        out.add(c.getCommandSpec().userObject().getClass());
        c.getSubcommands().values().forEach(s -> collect(s, out));
    }

    private static void descriptions(Class<?> type, List<String> out, Set<Class<?>> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!seen.add(c)) {
                return;
            }
            Command command = c.getAnnotation(Command.class);
            if (command != null) {
                out.addAll(List.of(command.description()));
            }
            for (Field f : c.getDeclaredFields()) {
                add(f, out);
                if (f.isAnnotationPresent(Mixin.class) || f.isAnnotationPresent(ArgGroup.class)) {
                    descriptions(f.getType(), out, seen);
                }
            }
            for (var m : c.getDeclaredMethods()) {
                add(m, out);
            }
        }
    }

    private static void add(AnnotatedElement e, List<String> out) {
        Option o = e.getAnnotation(Option.class);
        if (o != null) {
            out.addAll(List.of(o.description()));
        }
        Parameters p = e.getAnnotation(Parameters.class);
        if (p != null) {
            out.addAll(List.of(p.description()));
        }
    }
}
