# Misconception: the embedding's width is read from what build() receives (the ids), so the scores' product meets a matrix of another width (explained from Keras's error, the layer's attributes and its add_weight by raised._product, no table entry).
# Expect: fail "the tensor multiplied here has 5 features — the size the layer holds as self\.dimension"
class TiedEmbedding(keras.layers.Layer):
    """Token ids -> their rows of one matrix; reverse=True: vectors -> a score per token."""

    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(
            shape=(self.vocabulary, input_shape[-1]), initializer="uniform"
        )
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros")

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
