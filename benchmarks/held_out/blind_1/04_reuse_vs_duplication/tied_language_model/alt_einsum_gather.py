# Alternative: einsum for the scores, one-hot matmul for the lookup
# Expect: pass
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
            return keras.ops.einsum("bd,vd->bv", inputs, self.matrix) + self.bias
        onehot = keras.ops.one_hot(inputs, self.vocabulary)
        return keras.ops.matmul(onehot, self.matrix)


def build_tied_language_model():
    ids = keras.Input(shape=(4,), dtype="int32")
    tied = TiedEmbedding(20, 5)
    x = tied(ids)
    x = keras.layers.GlobalAveragePooling1D()(x)
    x = keras.layers.Dense(5, activation="tanh")(x)
    return keras.Model(ids, tied(x, reverse=True))
