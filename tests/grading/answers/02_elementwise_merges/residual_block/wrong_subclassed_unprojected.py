# Misconception: in a subclassed model the shortcut can be added with `+` as it is; Keras
# raises inside the learner's own call() (explained from Keras's own error by keras_errors,
# no table entry).
# Expect: fail "raised InvalidArgumentError[\s\S]*inside ResidualModel\.call\(\), two tensors of incompatible shapes meet"
class ResidualModel(keras.Model):
    def __init__(self):
        super().__init__()
        self.flatten = keras.layers.Flatten()
        self.hidden = keras.layers.Dense(32, activation="relu")
        self.out = keras.layers.Dense(16)
        self.head = keras.layers.Dense(3)

    def call(self, inputs):
        flat = self.flatten(inputs)
        merged = keras.ops.relu(self.out(self.hidden(flat)) + flat)
        return self.head(merged)


def build_residual_model():
    model = ResidualModel()
    model(keras.ops.zeros((1, 4, 4, 8)))
    return model
