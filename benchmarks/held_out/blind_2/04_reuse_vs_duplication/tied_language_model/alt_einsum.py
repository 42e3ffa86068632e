# Alternative: einsum for the scores, the matrix created under a custom name, a Python shape check in build
# Expect: pass
import keras


class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.table = self.add_weight(name="table", shape=(self.vocabulary, self.dimension), initializer="uniform")
        self.token_bias = self.add_weight(name="token_bias", shape=(self.vocabulary,), initializer="zeros")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.einsum("bd,vd->bv", inputs, self.table) + self.token_bias
        return keras.ops.take(self.table, inputs, axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    tied = TiedEmbedding(20, 5)
    vectors = tied(tokens)
    context = keras.layers.GlobalAveragePooling1D()(vectors)
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, tied(hidden, reverse=True))
