# Misconception: build() learns the vocabulary from the ids it receives, whose axis 1 is read as the number of tokens (explained from the layer's variables and its build() by build_sizes.wrong_size, no table entry).
# Expect: fail "the size `tokens = input_shape\[1\]` \(self\.bias.s first\) is read from input_shape"
class TiedEmbedding(keras.layers.Layer):
    """Token ids -> their rows of one matrix; reverse=True: vectors -> a score per token."""

    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        tokens = input_shape[1]
        self.matrix = self.add_weight(shape=(tokens, self.dimension), initializer="uniform")
        self.bias = self.add_weight(shape=(tokens,), initializer="zeros")

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
