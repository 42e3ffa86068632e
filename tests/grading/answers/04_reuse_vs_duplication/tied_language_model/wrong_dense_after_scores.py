# Misconception: the hidden Dense feeds the lookup, so the scores come before the hidden
# layer (the scores read the averaged vectors directly; the Dense comes last).
# Expect: fail "Dense\(5, activation=.tanh.\)\) is missing between the output of GlobalAveragePooling1D and the TiedEmbedding"
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
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix)) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    scores = embedding(context, reverse=True)
    return keras.Model(tokens, keras.layers.Dense(20)(scores))
