# Alternative: get_config deleted (Keras 3 records the __init__ arguments itself); custom_object_scope in the loader
# Expect: pass
from keras import ops


class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        if len({tuple(shape) for shape in input_shape}) > 1:
            raise ValueError("inputs have different shapes: " + ", ".join(str(s) for s in input_shape))
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))


def load_merge_model(path):
    with keras.saving.custom_object_scope({"WeightedMerge": WeightedMerge}):
        return keras.models.load_model(path)
