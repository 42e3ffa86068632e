# Misconception: the bias has one value per vector component (5), as the lookup's output has,
# not one per token of the vocabulary (20).
# Expect: fail "self\.bias \(made with shape=\(self\.dimension,\): 5\) is added to a result of shape \(None, 20\)"
class TiedEmbedding(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), name="matrix")
        self.bias = self.add_weight(shape=(self.dimension,), initializer="zeros", name="bias")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix)) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, embedding(hidden, reverse=True))
