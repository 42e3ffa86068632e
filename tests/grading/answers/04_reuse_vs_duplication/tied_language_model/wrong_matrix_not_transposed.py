# Misconception: the scores are vectors @ matrix, as a Dense computes x @ kernel (the matrix is
# 20 × 5, one row per token: it must be transposed to 5 × 20).
# Expect: fail "self\.matrix \(20×5\) is multiplied as it is.*its transpose \(5×20\) fits"
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), name="matrix")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="bias")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, self.matrix) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, embedding(hidden, reverse=True))
