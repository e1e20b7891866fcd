/*
 * The floor kb is measured against: render every piece of prose once with cmark and write a given
 * list of files of given sizes, nothing else (no templates, no model, no validation).
 *
 *   floor PROSE MANIFEST OUTDIR THREADS
 *
 * PROSE holds the CommonMark texts separated by NUL bytes; MANIFEST has one "size<TAB>path" line
 * per output file (bench/run.py takes it from kb's own output). Folders are created first; then
 * THREADS threads each render a share of the prose and write a share of the files.
 */
#include <cmark.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct text { const char *start; size_t length; };
struct file { char *path; size_t size; };

static struct text *texts;
static size_t text_count;
static struct file *files;
static size_t file_count;
static char *filler;
static size_t largest;
static int threads;

static char *read_all(const char *path, size_t *length) {
  FILE *in = fopen(path, "rb");
  if (!in) { perror(path); exit(1); }
  fseek(in, 0, SEEK_END);
  long size = ftell(in);
  fseek(in, 0, SEEK_SET);
  char *data = malloc((size_t)size + 1);
  if (!data || fread(data, 1, (size_t)size, in) != (size_t)size) { perror(path); exit(1); }
  fclose(in);
  data[size] = 0;
  *length = (size_t)size;
  return data;
}

static void make_parents(char *path) {
  for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
    *slash = 0;
    if (mkdir(path, 0755) != 0 && errno != EEXIST) { perror(path); exit(1); }
    *slash = '/';
  }
}

static void *work(void *arg) {
  size_t lane = (size_t)arg;
  size_t rendered = 0;
  for (size_t i = lane; i < text_count; i += (size_t)threads) {
    char *html = cmark_markdown_to_html(texts[i].start, texts[i].length, CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART);
    rendered += strlen(html);
    free(html);
  }
  for (size_t i = lane; i < file_count; i += (size_t)threads) {
    int fd = open(files[i].path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || write(fd, filler, files[i].size) != (ssize_t)files[i].size || close(fd) != 0) {
      perror(files[i].path);
      exit(1);
    }
  }
  return (void *)rendered;
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: floor PROSE MANIFEST OUTDIR THREADS\n");
    return 2;
  }
  threads = atoi(argv[4]) > 0 ? atoi(argv[4]) : 1;
  size_t length;
  char *prose = read_all(argv[1], &length);
  texts = malloc(sizeof *texts * (length / 2 + 2));
  for (size_t at = 0; at < length;) {
    size_t size = strnlen(prose + at, length - at);
    texts[text_count++] = (struct text){prose + at, size};
    at += size + 1;
  }
  char *manifest = read_all(argv[2], &length);
  size_t lines = 1;
  for (size_t i = 0; i < length; i++) lines += manifest[i] == '\n';
  files = malloc(sizeof *files * lines);
  size_t root_length = strlen(argv[3]);
  for (char *line = strtok(manifest, "\n"); line; line = strtok(NULL, "\n")) {
    char *tab = strchr(line, '\t');
    if (!tab) continue;
    size_t size = strtoull(line, NULL, 10);
    char *path = malloc(root_length + strlen(tab + 1) + 2);
    sprintf(path, "%s/%s", argv[3], tab + 1);
    files[file_count++] = (struct file){path, size};
    if (size > largest) largest = size;
  }
  filler = malloc(largest + 1);
  memset(filler, 'x', largest + 1);
  if (mkdir(argv[3], 0755) != 0 && errno != EEXIST) { perror(argv[3]); return 1; }
  for (size_t i = 0; i < file_count; i++) make_parents(files[i].path);
  pthread_t ids[64];
  if (threads > 64) threads = 64;
  for (int t = 0; t < threads; t++) pthread_create(&ids[t], NULL, work, (void *)(size_t)t);
  size_t html = 0;
  for (int t = 0; t < threads; t++) {
    void *rendered;
    pthread_join(ids[t], &rendered);
    html += (size_t)rendered;
  }
  printf("floor: %zu texts rendered to %zu bytes of HTML, %zu files written\n", text_count, html, file_count);
  return 0;
}
