/** A user's module: needs only the vnnews API. */
module consumer {
  requires io.github.vnnews;
}
