# Misconception: a class defined in the notebook is found by load_model automatically
# Expect: fail
import keras


class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(s) for s in input_shape]
        if len(set(shapes)) > 1:
            raise ValueError(f"WeightedMerge needs inputs of one shape, got {shapes}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        config = super().get_config()
        config.update({"temperature": self.temperature})
        return config


def load_merge_model(path):
    return keras.models.load_model(path)
