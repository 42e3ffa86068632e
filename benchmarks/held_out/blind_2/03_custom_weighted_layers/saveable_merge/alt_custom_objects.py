# Alternative: no registration; load_model receives custom_objects
# Expect: pass
import keras


class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        if len({tuple(s) for s in input_shape}) != 1:
            raise ValueError("WeightedMerge got inputs of different shapes: " + ", ".join(str(tuple(s)) for s in input_shape))
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits / self.temperature)
        total = 0
        for i, x in enumerate(inputs):
            total = total + mix[i] * x
        return total

    def get_config(self):
        return dict(super().get_config(), temperature=self.temperature)


def load_merge_model(path):
    return keras.models.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
