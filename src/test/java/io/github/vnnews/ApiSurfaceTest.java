package io.github.vnnews;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API (VERSIONING.md: the facade package, {@code json} and {@code spark}) hands out and
 * takes no type of {@code io.github.vnnews.internal}, except through the few members VERSIONING.md
 * documents as internal. Reads every compiled class of the API packages, so a new public method
 * that leaks an internal type fails here.
 */
class ApiSurfaceTest {
  private static final String INTERNAL = "io.github.vnnews.internal.";
  private static final List<String> API_PACKAGES =
      List.of("io.github.vnnews", "io.github.vnnews.json", "io.github.vnnews.spark");

  /** Members documented as internal in VERSIONING.md and their Javadoc. */
  private static final Set<String> DOCUMENTED_INTERNAL =
      Set.of(
          "io.github.vnnews.Options#loaderConfig",
          "io.github.vnnews.Normalizer$Builder#textNormalizer",
          "io.github.vnnews.Normalizer$Builder#htmlExtractor",
          "io.github.vnnews.Normalizer#explain");

  @Test
  void apiMembersUseNoInternalTypeOutsideTheDocumentedOnes() throws Exception {
    Set<String> leaks = new TreeSet<>();
    int members = 0;
    for (Class<?> type : apiTypes()) {
      if (!isApiVisible(type)) {
        continue;
      }
      check(type.getName() + " extends", type.getGenericSuperclass(), leaks);
      for (Type i : type.getGenericInterfaces()) {
        check(type.getName() + " implements", i, leaks);
      }
      for (Method m : type.getDeclaredMethods()) {
        if (isApiVisible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          members++;
          checkExecutable(type.getName() + "#" + m.getName(), m, leaks);
          check(type.getName() + "#" + m.getName() + " returns", m.getGenericReturnType(), leaks);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (isApiVisible(c.getModifiers()) && !c.isSynthetic()) {
          members++;
          checkExecutable(type.getName() + "#<init>", c, leaks);
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (isApiVisible(f.getModifiers()) && !f.isSynthetic()) {
          members++;
          check(type.getName() + "#" + f.getName(), f.getGenericType(), leaks);
        }
      }
    }
    assertThat(members).as("API members read").isGreaterThan(100);
    leaks.removeIf(l -> DOCUMENTED_INTERNAL.stream().anyMatch(d -> l.startsWith(d + " ")));
    assertThat(leaks).as("internal types in the public API").isEmpty();
  }

  @Test
  void theCheckFindsALeak() {
    Set<String> leaks = new TreeSet<>();
    check("probe", io.github.vnnews.internal.normalize.Boilerplate.class, leaks);
    check("probe", List.class, leaks);
    assertThat(leaks).containsExactly("probe uses io.github.vnnews.internal.normalize.Boilerplate");
  }

  @Test
  void noInternalPackageIsLeftOutsideInternal() throws Exception {
    Set<String> packages = new TreeSet<>();
    Path root = classesRoot();
    try (Stream<Path> s = Files.walk(root.resolve("io/github/vnnews"))) {
      s.filter(p -> p.toString().endsWith(".class"))
          .map(p -> root.relativize(p.getParent()).toString().replace('/', '.'))
          .forEach(packages::add);
    }
    packages.removeIf(p -> p.startsWith("io.github.vnnews.internal") || p.startsWith("io.github.vnnews.shaded"));
    assertThat(packages).containsExactlyInAnyOrderElementsOf(API_PACKAGES);
  }

  private static void checkExecutable(String where, Executable e, Set<String> leaks) {
    for (Type p : e.getGenericParameterTypes()) {
      check(where + " takes", p, leaks);
    }
    for (Type x : e.getGenericExceptionTypes()) {
      check(where + " throws", x, leaks);
    }
  }

  private static void check(String where, Type t, Set<String> leaks) {
    if (t == null) {
      return;
    }
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getName().startsWith(INTERNAL)) {
        leaks.add(where + " uses " + c.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      check(where, p.getRawType(), leaks);
      for (Type a : p.getActualTypeArguments()) {
        check(where, a, leaks);
      }
    } else if (t instanceof GenericArrayType g) {
      check(where, g.getGenericComponentType(), leaks);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(where, b, leaks);
      }
      for (Type b : w.getLowerBounds()) {
        check(where, b, leaks);
      }
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        check(where, b, leaks);
      }
    }
  }

  private static boolean isApiVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!isApiVisible(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApiVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<Class<?>> apiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = classesRoot();
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : API_PACKAGES) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".class") && !name.equals("package-info.class")) {
            String binary = pkg + "." + name.substring(0, name.length() - ".class".length());
            types.add(Class.forName(binary, false, ApiSurfaceTest.class.getClassLoader()));
          }
        }
      }
    }
    assertThat(types).as("API classes found under " + root).hasSizeGreaterThan(20);
    return types;
  }

  private static Path classesRoot() throws URISyntaxException {
    return Path.of(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
