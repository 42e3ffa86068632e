# Misconception: only the feature axis (the last) needs to agree
# Expect: fail
import keras


@keras.saving.register_keras_serializable()
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        widths = [s[-1] for s in input_shape]
        if len(set(widths)) != 1:
            raise ValueError(f"inputs must have the same width, got shapes {list(input_shape)}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits / self.temperature)
        return sum(mix[i] * x for i, x in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.models.load_model(path)
