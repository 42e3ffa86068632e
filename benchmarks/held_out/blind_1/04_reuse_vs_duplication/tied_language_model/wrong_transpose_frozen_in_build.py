# Misconception: store the transposed matrix once in build() as a second variable
# Expect: fail
class TiedEmbedding(keras.layers.Layer):
    """Token ids -> their rows of one matrix; reverse=True: vectors -> a score per token."""

    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), initializer="random_normal")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros")
        self.matrix_t = self.add_weight(shape=(self.dimension, self.vocabulary), initializer="zeros", trainable=False)
        self.matrix_t.assign(keras.ops.transpose(self.matrix))

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, self.matrix_t) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    ids = keras.Input(shape=(4,), dtype="int32")
    tied = TiedEmbedding(20, 5)
    x = tied(ids)
    x = keras.layers.GlobalAveragePooling1D()(x)
    x = keras.layers.Dense(5, activation="tanh")(x)
    return keras.Model(ids, tied(x, reverse=True))
