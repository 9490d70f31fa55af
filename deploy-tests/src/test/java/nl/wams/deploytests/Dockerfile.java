package nl.wams.deploytests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker/Dockerfile as instructions (continuation lines joined, comments dropped). */
record Dockerfile(List<Instruction> instructions) {
  record Instruction(String keyword, String arguments) {}

  private static final Pattern ENV_PAIR = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\"[^\"]*\"|\\S*)");

  static Dockerfile read() {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Repo.read("docker/Dockerfile").lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      current.append(trimmed);
      String instruction = current.toString().strip();
      current.setLength(0);
      if (!instruction.isEmpty()) {
        int space = instruction.indexOf(' ');
        instructions.add(
            new Instruction(
                instruction.substring(0, space).toUpperCase(),
                instruction.substring(space + 1).strip()));
      }
    }
    return new Dockerfile(instructions);
  }

  List<String> all(String keyword) {
    return instructions.stream()
        .filter(i -> i.keyword().equals(keyword))
        .map(Instruction::arguments)
        .toList();
  }

  String one(String keyword) {
    List<String> found = all(keyword);
    if (found.size() != 1) {
      throw new AssertionError("docker/Dockerfile: expected one " + keyword + ", found " + found);
    }
    return found.get(0);
  }

  int indexOfLast(String keyword) {
    for (int i = instructions.size() - 1; i >= 0; i--) {
      if (instructions.get(i).keyword().equals(keyword)) {
        return i;
      }
    }
    return -1;
  }

  /** The variables the ENV instructions set, with their values (quotes removed). */
  java.util.Map<String, String> environment() {
    java.util.Map<String, String> environment = new java.util.LinkedHashMap<>();
    for (String env : all("ENV")) {
      Matcher pair = ENV_PAIR.matcher(env);
      while (pair.find()) {
        environment.put(pair.group(1), pair.group(2).replaceAll("^\"|\"$", ""));
      }
    }
    return environment;
  }
}
