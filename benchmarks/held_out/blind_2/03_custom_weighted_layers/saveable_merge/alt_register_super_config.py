# Alternative: registered with a package name, validation in build, stacked sum
# Expect: pass
import keras


@keras.saving.register_keras_serializable(package="course")
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = float(temperature)

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        for shape in shapes[1:]:
            if shape != shapes[0]:
                raise ValueError(f"WeightedMerge: every input must have the same shape; received {shapes}")
        self.logits = self.add_weight(name="logits", shape=(len(shapes),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits / self.temperature)
        stacked = keras.ops.stack(inputs, axis=0)
        mix = keras.ops.reshape(mix, (-1,) + (1,) * (len(stacked.shape) - 1))
        return keras.ops.sum(stacked * mix, axis=0)

    def get_config(self):
        config = super().get_config()
        config.update(temperature=self.temperature)
        return config


def load_merge_model(path):
    return keras.saving.load_model(path)
