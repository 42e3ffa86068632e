# Alternative: the lesson's way, adapted: a built-in Embedding, and an output layer that keeps a
# reference to it and reads its `embeddings`, transposed, at every call.
# Expect: pass
class TiedScores(keras.layers.Layer):
    def __init__(self, embedding, **kwargs):
        super().__init__(**kwargs)
        self.embedding = embedding

    def build(self, input_shape):
        vocabulary = self.embedding.embeddings.shape[0]
        self.bias = self.add_weight(shape=(vocabulary,), initializer="zeros", name="bias")

    def call(self, inputs):
        return keras.ops.matmul(inputs, keras.ops.transpose(self.embedding.embeddings)) + self.bias


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = keras.layers.Embedding(input_dim=20, output_dim=5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, TiedScores(embedding)(hidden))
