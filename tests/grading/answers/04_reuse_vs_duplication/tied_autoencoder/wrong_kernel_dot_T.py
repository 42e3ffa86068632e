# Misconception: a Keras variable transposes like a NumPy array, with .T (it has no such
# attribute: keras.ops.transpose does it)
# (explained from the error inside DenseTransposed.call() by a rule of keras_errors that
# reuse_vs_duplication adds, no table entry).
# Expect: fail "a Keras variable has no \.T: it is not a NumPy array"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(12,), initializer="zeros")

    def call(self, inputs):
        return keras.ops.matmul(inputs, self.tied_to.kernel.T) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
