# Alternative: einsum for the scores, the pooling as a mean in a Lambda, names on the layers
# Expect: pass
class TiedEmbedding(keras.layers.Layer):
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
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    ids = keras.Input(shape=(4,), dtype="int32", name="ids")
    tied = TiedEmbedding(20, 5, name="tied")
    vectors = tied(ids)
    mean = keras.layers.Lambda(lambda v: keras.ops.mean(v, axis=1), name="mean")(vectors)
    hidden = keras.layers.Dense(5, activation="tanh", name="hidden")(mean)
    return keras.Model(inputs=ids, outputs=tied(hidden, reverse=True), name="tied_lm")
