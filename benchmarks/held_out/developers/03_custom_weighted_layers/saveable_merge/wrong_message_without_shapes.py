# Misconception: any ValueError will do; the message need not say what was received
# Expect: fail
from keras import ops


@keras.saving.register_keras_serializable(package="exercise3")
class WeightedMerge(keras.layers.Layer):
    """A learnable weighted merge with a temperature, that survives saving and loading."""

    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(s) for s in input_shape]
        if any(s != shapes[0] for s in shapes[1:]):
            raise ValueError("WeightedMerge: all inputs must have the same shape")
        self.logits = self.add_weight(shape=(len(shapes),), initializer="zeros", name="logits")

    def call(self, inputs):
        mix = ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        config = super().get_config()
        config.update({"temperature": self.temperature})
        return config


def load_merge_model(path):
    """Load the model saved at `path` (a .keras file) that holds a WeightedMerge."""
    return keras.models.load_model(path)
