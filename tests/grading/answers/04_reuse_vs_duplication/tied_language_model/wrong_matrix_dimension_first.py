# Misconception: the matrix is (dimension, vocabulary), as a Dense(20) kernel on 5 values
# would be; the lookup then takes columns.
# Expect: fail "vocabulary first, then dimension"
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.dimension, self.vocabulary), name="matrix")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="bias")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, self.matrix) + self.bias
        return keras.ops.moveaxis(keras.ops.take(self.matrix, inputs, axis=1), 0, -1)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, embedding(hidden, reverse=True))
