# Alternative: KerasHub's way (ReversibleEmbedding): a subclass of the built-in Embedding whose
# call(reverse=True) scores with its own embeddings; it says its output shape for that call.
# Expect: pass
class TiedEmbedding(keras.layers.Embedding):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(vocabulary, dimension, **kwargs)

    def build(self, input_shape=None):
        super().build(input_shape)
        self.scores_bias = self.add_weight(
            shape=(self.input_dim,), initializer="zeros", name="scores_bias"
        )

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.embeddings)) + self.scores_bias
        return super().call(inputs)

    def compute_output_spec(self, inputs, reverse=False):
        if reverse:
            return keras.KerasTensor((*inputs.shape[:-1], self.input_dim), self.compute_dtype)
        return super().compute_output_spec(inputs)


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = TiedEmbedding(20, 5)
    vectors = embedding(tokens)
    context = keras.layers.GlobalAveragePooling1D()(vectors)
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, embedding(hidden, reverse=True))
