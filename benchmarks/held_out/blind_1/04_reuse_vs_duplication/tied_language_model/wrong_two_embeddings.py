# Misconception: two TiedEmbedding layers of one config share a matrix
# Expect: fail
class TiedEmbedding(keras.layers.Layer):
    """Token ids -> their rows of one matrix; reverse=True: vectors -> a score per token."""

    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), initializer="random_normal", name="matrix")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="bias")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix)) + self.bias
        return keras.ops.take(self.matrix, keras.ops.cast(inputs, "int32"), axis=0)


def build_tied_language_model():
    ids = keras.Input(shape=(4,), dtype="int32")
    x = TiedEmbedding(20, 5)(ids)
    x = keras.layers.GlobalAveragePooling1D()(x)
    x = keras.layers.Dense(5, activation="tanh")(x)
    return keras.Model(ids, TiedEmbedding(20, 5)(x, reverse=True))
