import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds the self-contained image {@code target/eden-skills/} and its tar.gz.
 *
 * <p>Run by the build with the JDK 25 toolchain's {@code java} (single-file source mode), so
 * jlink comes from the same JDK in-process. Steps: a trimmed runtime, the app and dependency
 * jars in {@code lib/} (JGit's signature stripped: verifying it costs ~100 ms per start and keeps
 * its classes out of the AOT cache; picocli's Java 5 classes re-versioned to Java 8 with stack
 * maps, because the AOT cache skips pre-Java-6 classes and picocli is loaded on every start), a
 * POSIX launcher, an AOT cache trained on a representative workload ({@code
 * dev.edenskills.AotTraining}), a smoke test, and the archive.
 */
public class MakeImage {
  /**
   * Modules found by jdeps over the app and its dependencies, plus what JGit/sshd load reflectively.
   * Not java.xml and java.sql (3 MB of the archive): only JGit's repo-manifest and S3 code, its DFS
   * timestamps and logback's XML configuration refer to them, none of which runs here (logging is
   * configured in code, see cli/LogSetup); the AOT training below runs the commands on this runtime.
   */
  static final String MODULES =
      "java.base,java.logging,java.management,java.naming,java.security.jgss,"
          + "jdk.crypto.ec,jdk.unsupported,jdk.net,jdk.zipfs";

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]).toAbsolutePath();
    String appJar = args[1];
    String version = args[2];
    Path image = target.resolve("eden-skills");
    deleteTree(image);

    // zip-0: the runtime's modules file stays uncompressed inside the image, so the tar.gz
    // compresses it as a whole (12 MB instead of 17 MB for jlink's per-entry zip-6) and classes
    // outside the AOT cache are read without inflating them.
    run("jlink", "--add-modules", MODULES, "--strip-debug", "--no-man-pages", "--no-header-files",
        "--compress=zip-0", "--output", image.toString());
    stripNativeSymbols(image);

    Path lib = Files.createDirectories(image.resolve("lib"));
    List<String> classPath = new ArrayList<>();
    copyWithoutSignature(target.resolve(appJar), lib.resolve(appJar));
    classPath.add(appJar);
    try (Stream<Path> deps = Files.list(target.resolve("image-lib"))) {
      for (Path dep : deps.sorted().toList()) {
        copyWithoutSignature(dep, lib.resolve(dep.getFileName()));
        classPath.add(dep.getFileName().toString());
      }
    }
    writeLauncher(image, classPath);
    // The full cache for commands; a small one for --version and --help (the launcher picks).
    trainAotCache(image, target, "app.aot", "training");
    trainAotCache(image, target, "start.aot", "--start-up");
    smokeTest(image, version);
    pack(target, image, version);
  }

  static void run(String tool, String... args) {
    ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(tool + " not found in " + System.getProperty("java.home")));
    int rc = provider.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    if (rc != 0) {
      throw new IllegalStateException(tool + " failed with exit code " + rc);
    }
  }

  /**
   * The runtime image copies the JDK's shared libraries with their symbol tables ({@code libjvm.so}
   * alone: 29.8 MB, 24.8 MB stripped). jlink's {@code --strip-native-debug-symbols} does nothing
   * when linking from a runtime image without {@code jmods/}, so run {@code strip} here when the
   * build machine has it; without it the image is only larger.
   */
  static void stripNativeSymbols(Path image) throws Exception {
    List<Path> libraries;
    try (Stream<Path> walk = Files.walk(image.resolve("lib"))) {
      libraries = walk.filter(p -> p.getFileName().toString().endsWith(".so")).toList();
    }
    for (Path so : libraries) {
      Process p;
      try {
        p = new ProcessBuilder("strip", "--strip-unneeded", so.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      } catch (IOException noStrip) {
        System.err.println("warning: no `strip` on PATH; native libraries keep their symbols");
        return;
      }
      if (p.waitFor() != 0) {
        System.err.println("warning: strip failed on " + so + "; it keeps its symbols");
      }
    }
  }

  static void copyWithoutSignature(Path from, Path to) throws IOException {
    // Resolves the jar's own types while stack maps are computed for its old classes.
    URLClassLoader jarLoader =
        new URLClassLoader(new URL[] {from.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    ClassFile classFile =
        ClassFile.of(
            ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
            ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver()
                    .orElse(ClassHierarchyResolver.ofResourceParsing(jarLoader))));
    try (jarLoader;
        ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        String name = entry.getName();
        if (name.startsWith("META-INF/") && name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) {
          continue;
        }
        byte[] bytes = in.readAllBytes();
        if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
          bytes = upgradeOldClass(classFile, bytes);
        }
        // Stored, not deflated: the tar.gz then compresses all jars together (8.4 MB instead of
        // 11 MB), and class loading skips inflating.
        ZipEntry copy = new ZipEntry(name);
        copy.setTime(entry.getTime());
        copy.setMethod(ZipEntry.STORED);
        copy.setSize(bytes.length);
        copy.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        copy.setCrc(crc.getValue());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
  }

  /**
   * A class older than Java 6 (class file 49) is rewritten as Java 8 (52) with generated stack
   * maps: same bytecode, but now verifiable by the split verifier and so eligible for the AOT
   * cache. Newer classes are returned untouched.
   */
  static byte[] upgradeOldClass(ClassFile classFile, byte[] bytes) {
    ClassModel model = classFile.parse(bytes);
    if (model.majorVersion() >= ClassFile.JAVA_6_VERSION) {
      return bytes;
    }
    ClassTransform toJava8 =
        (builder, element) -> {
          if (element instanceof ClassFileVersion) {
            builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
          } else {
            builder.with(element);
          }
        };
    // Re-emitting every method body is what makes the builder compute the stack maps.
    return classFile.transformClass(
        model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL).andThen(toJava8));
  }

  /** The launcher's line that turns the chosen cache's name into the JVM flag, if it exists. */
  static final String USE_CACHE =
      "if [ -f \"$APP_HOME/lib/$AOT\" ]; then AOT=\"-XX:AOTCache=$APP_HOME/lib/$AOT\"; else AOT=; fi";

  static void writeLauncher(Path image, List<String> classPath) throws IOException {
    String cp = String.join(":", classPath.stream().map(jar -> "$APP_HOME/lib/" + jar).toList());
    String script = """
        #!/bin/sh
        # eden-skills launcher: resolves its own location (through symlinks) and runs the
        # bundled Java runtime; no JDK needs to be installed.
        self=$0
        while [ -h "$self" ]; do
          link=$(ls -ld "$self" | sed 's/.* -> //')
          case $link in
            /*) self=$link ;;
            *) self=$(dirname "$self")/$link ;;
          esac
        done
        APP_HOME=$(cd "$(dirname "$self")/.." && pwd)
        # The full AOT cache loads every class it holds at start-up (~50 ms); a lone --version or
        # --help (also after --config PATH) needs few of them and gets the small cache.
        AOT=app.aot
        case $# in
          1) case $1 in --version|-V|--help|-h) AOT=start.aot ;; esac ;;
          2) case $1/$2 in --config=*/--version|--config=*/-V|--config=*/--help|--config=*/-h) AOT=start.aot ;; esac ;;
          3) case $1/$3 in --config/--version|--config/-V|--config/--help|--config/-h) AOT=start.aot ;; esac ;;
        esac
        %s
        # A short-lived CLI: small heap, serial GC, C1 only, no perf-data file, quiet class-sharing logs.
        # UserThreadWaitAttemptsAtExit=0: exit at once instead of waiting 300 ms for the JDK's I/O
        # poller thread parked in epoll (Main has flushed and closed everything it wrote by then).
        exec "$APP_HOME/bin/java" --enable-preview $AOT -Xlog:aot=off -Xlog:cds=off \\
          -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xss1m -Xms16m -XX:MaxRAMPercentage=25 \\
          -XX:UserThreadWaitAttemptsAtExit=0 -XX:+IgnoreUnrecognizedVMOptions \\
          -Deden.launcher=image -cp "%s" dev.edenskills.Main "$@"
        """.formatted(USE_CACHE, cp);
    Path launcher = image.resolve("bin/eden-skills");
    Files.writeString(launcher, script, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /**
   * One-step AOT training (JDK 25): a representative workload ({@code dev.edenskills.AotTraining},
   * given {@code mode}: its scratch directory for the commands people run, or {@code --start-up}
   * for help and version) writes {@code lib/<cache>}. Same JVM flags and class path as the launcher,
   * or the cache is refused. A failed training fails the build: it runs the commands on this very
   * runtime, so it is also the check that the trimmed module list is enough.
   */
  static void trainAotCache(Path image, Path target, String cacheName, String mode)
      throws Exception {
    Path home = Files.createTempDirectory(target, "aot-home");
    try {
      Path cache = image.resolve("lib").resolve(cacheName);
      Path launcher = image.resolve("bin/eden-skills");
      String script = Files.readString(launcher);
      // Train with the same flags the launcher uses, minus the cache it is about to create.
      Path trainer = image.resolve("bin/.train");
      Files.writeString(
          trainer,
          script
              .replace(USE_CACHE, "AOT=-XX:AOTCacheOutput=" + cache)
              .replace("dev.edenskills.Main \"$@\"", "dev.edenskills.AotTraining \"$@\""));
      Files.setPosixFilePermissions(trainer, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path scratch = Files.createDirectories(home.resolve("training"));
      String arg = mode.equals("--start-up") ? mode : scratch.toString();
      ProcessBuilder pb = new ProcessBuilder(trainer.toString(), arg)
          .directory(scratch.toFile())
          .redirectErrorStream(true);
      pb.environment().put("HOME", home.toString());
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int rc = p.waitFor();
      Files.delete(trainer);
      if (rc != 0 || !Files.isRegularFile(cache) || Files.size(cache) == 0) {
        throw new IllegalStateException(
            "AOT training for " + cacheName + " failed (exit " + rc + "):\n" + output);
      }
    } finally {
      deleteTree(home);
    }
  }

  static void smokeTest(Path image, String version) throws Exception {
    Process p = new ProcessBuilder(image.resolve("bin/eden-skills").toString(), "--version")
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    if (rc != 0 || !output.contains(version) || output.contains("[error]")) {
      throw new IllegalStateException("image smoke test failed (exit " + rc + "):\n" + output);
    }
    System.out.println("image smoke test: " + output.strip());
  }

  static void pack(Path target, Path image, String version) throws Exception {
    Path archive = target.resolve("eden-skills-" + version + "-linux-x64.tar.gz");
    Files.deleteIfExists(archive);
    // tar writes the archive to a pipe; compressed here at the best level (0.3 MB smaller than
    // gzip's default for this image), without handing tar a compressor command line.
    Process p = new ProcessBuilder("tar", "-cf", "-", "-C", target.toString(), "eden-skills").redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (InputStream in = p.getInputStream();
        OutputStream out = new BestGzip(Files.newOutputStream(archive))) {
      in.transferTo(out);
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException("tar failed");
    }
    System.out.println("image: " + image + "\narchive: " + archive);
  }

  /** gzip at level 9 ({@link GZIPOutputStream} has no constructor for the level). */
  static final class BestGzip extends GZIPOutputStream {
    BestGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
