# Misconception: temperature needs no default, and get_config of the tutorial with kwargs is enough (explained from the layer's config against __init__'s required argument by custom_weighted_layers._explain_load, no table entry).
# Expect: fail "get_config\(\) records 'temp', and __init__ requires 'temperature'"
import keras
from keras import ops


@keras.saving.register_keras_serializable()
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        first = tuple(input_shape[0])
        for shape in input_shape:
            if tuple(shape) != first:
                raise ValueError(f"mismatched shapes {first} and {tuple(shape)}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        return sum(
            w * x
            for w, x in zip(
                ops.unstack(ops.softmax(self.logits / self.temperature)), inputs, strict=True
            )
        )

    def get_config(self):
        config = super().get_config()
        config["temp"] = self.temperature
        return config


def load_merge_model(path):
    return keras.models.load_model(path)
