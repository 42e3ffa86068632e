# Alternative: not registered; the loader passes custom_objects; validation in call() from the tensors' shapes
# Expect: pass
import keras
from keras import ops


class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = float(temperature)

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        shapes = [tuple(x.shape) for x in inputs]
        for shape in shapes[1:]:
            if shape != shapes[0]:
                raise ValueError(f"all inputs must have the same shape, got {shapes}")
        mix = ops.softmax(self.logits / self.temperature)
        return ops.sum(ops.stack(inputs, axis=0) * ops.reshape(mix, (-1,) + (1,) * len(shapes[0])), axis=0)

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
