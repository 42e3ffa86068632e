# Alternative: uniform initializer, ops.dot with transpose, Average via ops.mean in a Lambda-free way
# Expect: pass
class TiedEmbedding(keras.layers.Layer):
    """Token ids -> their rows of one matrix; reverse=True: vectors -> a score per token."""

    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.table = self.add_weight(name="table", shape=(self.vocabulary, self.dimension),
                                     initializer=keras.initializers.RandomUniform(-0.05, 0.05))
        self.out_bias = self.add_weight(name="out_bias", shape=(self.vocabulary,), initializer="zeros")

    def call(self, inputs, reverse=False):
        if not reverse:
            return keras.ops.take(self.table, inputs, axis=0)
        return keras.ops.add(keras.ops.dot(inputs, keras.ops.transpose(self.table)), self.out_bias)


def build_tied_language_model():
    ids = keras.Input(shape=(4,), dtype="int32")
    tied = TiedEmbedding(20, 5)
    x = tied(ids)
    x = keras.layers.GlobalAveragePooling1D()(x)
    x = keras.layers.Dense(5, activation="tanh")(x)
    return keras.Model(ids, tied(x, reverse=True))
