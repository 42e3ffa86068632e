# Misconception: the register decorator is used without parentheses (explained from the object the class name holds by custom_weighted_layers.make, no table entry).
# Expect: fail "inner function of register_keras_serializable\(\)"
from keras import ops


@keras.saving.register_keras_serializable
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(s) for s in input_shape]
        if len(set(shapes)) > 1:
            raise ValueError(f"shapes differ: {shapes}")
        self.logits = self.add_weight(shape=(len(shapes),), initializer="zeros")

    def call(self, inputs):
        mix = ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.models.load_model(path)
