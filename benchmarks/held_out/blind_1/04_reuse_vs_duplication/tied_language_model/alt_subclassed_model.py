# Alternative: model as a subclassed keras.Model
# Expect: pass
class TiedEmbedding(keras.layers.Layer):
    """Token ids -> their rows of one matrix; reverse=True: vectors -> a score per token."""

    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary = vocabulary
        self.dimension = dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), initializer="random_normal", name="matrix")
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros", name="bias")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix)) + self.bias
        return keras.ops.take(self.matrix, keras.ops.cast(inputs, "int32"), axis=0)


class TinyLM(keras.Model):
    def __init__(self):
        super().__init__()
        self.tied = TiedEmbedding(20, 5)
        self.pool = keras.layers.GlobalAveragePooling1D()
        self.hidden = keras.layers.Dense(5, activation="tanh")

    def call(self, ids):
        return self.tied(self.hidden(self.pool(self.tied(ids))), reverse=True)


def build_tied_language_model():
    model = TinyLM()
    model(keras.Input(shape=(4,), dtype="int32"))
    return model
