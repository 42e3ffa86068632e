# Alternative: the lookup as a product with one-hot rows, the scores with einsum; the mean
# with keras.ops.mean; other names and initializers.
# Expect: pass
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.table = self.add_weight(
            shape=(self.vocabulary, self.dimension), initializer="glorot_uniform"
        )
        self.offsets = self.add_weight(shape=(self.vocabulary,), initializer="ones")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.einsum("bd,vd->bv", inputs, self.table) + self.offsets
        return keras.ops.one_hot(inputs, self.vocabulary) @ self.table


def build_tied_language_model():
    ids = keras.Input(shape=(4,), dtype="int32")
    shared = TiedEmbedding(20, 5)
    mean = keras.ops.mean(shared(ids), axis=1)
    hidden = keras.layers.Dense(5, activation="tanh")(mean)
    return keras.Model(inputs=ids, outputs=shared(hidden, reverse=True))
