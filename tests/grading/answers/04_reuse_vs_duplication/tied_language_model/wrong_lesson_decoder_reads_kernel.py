# Misconception: the lesson's DenseTransposed ties to any layer, so a built-in Embedding can
# stand in for the encoder (an Embedding has no kernel: its matrix is `embeddings`)
# (explained from the error inside call() by a rule of keras_errors that
# reuse_vs_duplication adds, no table entry).
# Expect: fail "an Embedding layer has no kernel"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(20,), initializer="zeros", name="bias")

    def call(self, inputs):
        kernel = keras.ops.transpose(self.tied_to.kernel)
        return keras.ops.matmul(inputs, kernel) + self.bias


def build_tied_language_model():
    tokens = keras.Input(shape=(4,), dtype="int32")
    embedding = keras.layers.Embedding(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, DenseTransposed(embedding)(hidden))
