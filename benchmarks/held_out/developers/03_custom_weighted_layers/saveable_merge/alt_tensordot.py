# Alternative: a stack and a tensordot, shapes checked with a helper, safe_mode loader with custom_objects
# Expect: pass
from keras import ops


def _same_shapes(shapes):
    shapes = [tuple(s) for s in shapes]
    if len(set(shapes)) != 1:
        raise ValueError(f"WeightedMerge: shapes differ: {shapes}")


class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        self.temperature = temperature
        super().__init__(**kwargs)

    def build(self, input_shape):
        _same_shapes(input_shape)
        self.mix_logits = self.add_weight(shape=(len(input_shape),), initializer="random_normal")

    def call(self, inputs):
        mix = ops.softmax(self.mix_logits / self.temperature)
        return ops.tensordot(mix, ops.stack(inputs), axes=1)

    def get_config(self):
        cfg = super().get_config()
        cfg["temperature"] = self.temperature
        return cfg


def load_merge_model(path):
    return keras.models.load_model(path, custom_objects={"WeightedMerge": WeightedMerge}, safe_mode=True)
